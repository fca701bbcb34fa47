package cn.cadre.lms.sync.protocol;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON provider, looked up once. {@code Json.createReader} and its siblings look the provider up
 * on every call, which in Payara is a class-loader resource scan: the ingest benchmark found it in
 * 1.6-2.6 % of the busy samples of request threads.
 */
public final class SyncJson {
  public static final JsonProvider JSON = JsonProvider.provider();

  private SyncJson() {}
}
