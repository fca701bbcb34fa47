package cn.cadre.lms.sync.inbox;

/**
 * A station as the center's inbox sees it: the directory's station and village, its active key
 * (null before enrolment and after revocation) and its high-water mark.
 */
public record StationLink(long stationId, String code, String name, String villagePath, String keyId, String publicKey,
    long highWater, long pullNonce) {

  public boolean enrolled() {
    return keyId != null;
  }
}
