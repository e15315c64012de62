package nl.wmebv.crawler.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ParseBudgetTest {
  @Test
  void smallPagesShareTheBudgetAndGiveItBack() throws Exception {
    ParseBudget budget = new ParseBudget(1024);
    ParseBudget.Permit a = budget.acquire(100 * 1024);
    ParseBudget.Permit b = budget.acquire(200 * 1024 + 1); // rounded up to whole KiB
    assertThat(budget.availableKib()).isEqualTo(1024 - 100 - 201);
    a.close();
    a.close(); // twice: given back once
    b.close();
    assertThat(budget.availableKib()).isEqualTo(1024);
  }

  @Test
  void aPageLargerThanTheBudgetRunsAloneAndWaitsForTheOthers() throws Exception {
    ParseBudget budget = new ParseBudget(1024);
    ParseBudget.Permit small = budget.acquire(10 * 1024);
    CompletableFuture<ParseBudget.Permit> large =
        CompletableFuture.supplyAsync(() -> acquire(budget, 5 << 20));
    assertThatThrownBy(() -> large.get(200, TimeUnit.MILLISECONDS))
        .isInstanceOf(TimeoutException.class);
    small.close();
    ParseBudget.Permit whole = large.get(5, TimeUnit.SECONDS);
    assertThat(budget.availableKib()).isZero();
    CompletableFuture<ParseBudget.Permit> next =
        CompletableFuture.supplyAsync(() -> acquire(budget, 1));
    assertThatThrownBy(() -> next.get(200, TimeUnit.MILLISECONDS))
        .isInstanceOf(TimeoutException.class);
    whole.close();
    next.get(5, TimeUnit.SECONDS).close();
    assertThat(budget.availableKib()).isEqualTo(1024);
  }

  @Test
  void theSharedBudgetIsAFractionOfTheHeapWithAFloor() {
    assertThat(ParseBudget.kibFor(128L << 20)).isEqualTo(2048);
    assertThat(ParseBudget.kibFor(1L << 30)).isEqualTo(16384);
    assertThat(ParseBudget.kibFor(16L << 20)).isEqualTo(1024);
    assertThatThrownBy(() -> new ParseBudget(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static ParseBudget.Permit acquire(ParseBudget budget, int bytes) {
    try {
      return budget.acquire(bytes);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
