package cn.cadre.lms.web.fault;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fault test made at the station, kept by the test itself: every group session and every
 * attendance with the id the station gave it. It is the yardstick the station's outbox and the
 * center's records are held against, and what the expected credits are computed from.
 *
 * <p>Sessions are broadcasts of 45 or 90 minutes, each on a day of its own (from 5 January 2026 on),
 * so only minutes per credit and the daily cap matter for what an attendance earns, and no cadre
 * attends twice on one day.
 */
public final class Village {

  /** A cadre who can attend: one of the village's roster, or a guest named by username. */
  public record Person(long cadreId, String username, String name, boolean guest) {}

  public record Session(String id, LocalDate day, int length) {}

  /** A record the station said it made (kind GROUP_SESSION, ATTENDANCE or GUEST_ATTENDANCE). */
  public record Made(String id, String kind, Session session, Person person, int minutes) {}

  static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

  private final List<Person> roster;
  private final List<Person> guests;
  private final Map<String, Made> made = new LinkedHashMap<>();
  private int sessions;
  private int nextGuest;

  public Village(List<Person> roster, List<Person> guests) {
    if (guests.isEmpty()) {
      throw new IllegalArgumentException("no guests to invite");
    }
    this.roster = List.copyOf(roster);
    this.guests = List.copyOf(guests);
  }

  public List<Person> roster() {
    return roster;
  }

  public List<Person> guests() {
    return guests;
  }

  public Collection<Made> made() {
    return made.values();
  }

  public int size() {
    return made.size();
  }

  /** The next session's day, length and the body to POST to /api/station/sessions. */
  public JsonObject nextSessionBody() {
    int n = sessions;
    LocalDateTime start = FIRST_DAY.plusDays(n).atTime(9, 0);
    return Json.createObjectBuilder()
        .add("kind", "BROADCAST")
        .add("title", "故障测试远程教育收看 " + (n + 1))
        .add("startsAt", start.toString())
        .add("endsAt", start.plusMinutes(length(n)).toString())
        .build();
  }

  static int length(int n) {
    return n % 2 == 0 ? 90 : 45;
  }

  /** Notes the session the station made from {@link #nextSessionBody()}. */
  public Session sessionMade(String id) {
    int n = sessions++;
    Session s = new Session(id, FIRST_DAY.plusDays(n), length(n));
    made.put(id, new Made(id, "GROUP_SESSION", s, null, 0));
    return s;
  }

  /**
   * Who attends a session: {@code guests} guests in turn from the pool, and every {@code rosterEvery}-th
   * session the village's own roster.
   */
  public List<Person> attendees(Session s, int guestCount, int rosterEvery) {
    List<Person> people = new ArrayList<>();
    int index = (int) (s.day().toEpochDay() - FIRST_DAY.toEpochDay());
    if (rosterEvery > 0 && index % rosterEvery == 0) {
      people.addAll(roster);
    }
    for (int i = 0; i < guestCount; i++) {
      people.add(guests.get(nextGuest++ % guests.size()));
    }
    return people;
  }

  /** Minutes attended: the whole session, or 10 or 20 minutes less, by turns. */
  public static int minutes(Session s, int i) {
    return s.length() - 10 * (i % 3);
  }

  public JsonObject attendanceBody(Person p, int minutes) {
    var b = Json.createObjectBuilder();
    if (p.guest()) {
      b.add("guestUsername", p.username()).add("guestName", p.name());
    } else {
      b.add("cadreId", p.cadreId());
    }
    return b.add("minutes", minutes).build();
  }

  public void attendanceMade(String id, Session s, Person p, int minutes) {
    made.put(id, new Made(id, p.guest() ? "GUEST_ATTENDANCE" : "ATTENDANCE", s, p, minutes));
  }

  /** Leaves records out of the yardstick: the station lost them, and a check already failed for it. */
  public void forget(java.util.Set<String> ids) {
    ids.forEach(made::remove);
  }

  /** Attendances by cadre id. */
  public Map<Long, List<Made>> attendanceByCadre() {
    Map<Long, List<Made>> by = new LinkedHashMap<>();
    for (Made m : made.values()) {
      if (m.person() != null) {
        by.computeIfAbsent(m.person().cadreId(), k -> new ArrayList<>()).add(m);
      }
    }
    return by;
  }
}
