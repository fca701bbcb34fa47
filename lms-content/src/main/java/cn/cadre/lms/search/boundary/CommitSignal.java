package cn.cadre.lms.search.boundary;

import cn.cadre.lms.search.control.SearchableChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Tells the index that this node committed a change, from the transaction's completion. A plain
 * CDI bean on purpose: an EJB observer here would be a container invocation inside the
 * completing transaction (suspending and resuming it), and the connection pool then freed a
 * connection twice and handed it to two requests at once. This only starts the follower's task.
 */
@ApplicationScoped
public class CommitSignal {

  private volatile Runnable follower;

  /** What to run after each commit that changed findable items: the index's nudge. */
  void followWith(Runnable nudge) {
    this.follower = nudge;
  }

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchableChanged change) {
    Runnable f = follower;
    if (f != null) {
      f.run();
    }
  }
}
