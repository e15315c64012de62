package nl.wmebv.service.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * UTC instants are written in Dutch time: CET (+1) in winter, CEST (+2) in summer, also across the
 * switch.
 */
class DutchTimeTest {
  @Test
  void aWinterInstantIsOneHourAheadOfUtc() {
    OffsetDateTime winter = OffsetDateTime.parse("2026-12-03T06:50Z");
    assertThat(DutchTime.dateTime(winter)).isEqualTo("3-12-2026 07:50");
    assertThat(DutchTime.inText(winter)).isEqualTo("3 december 2026 om 07:50");
    assertThat(DutchTime.dayInText(winter)).isEqualTo("donderdag 3 december 2026 om 07:50");
  }

  @Test
  void aSummerInstantIsTwoHoursAheadOfUtc() {
    assertThat(DutchTime.dateTime(OffsetDateTime.parse("2026-07-01T06:50Z")))
        .isEqualTo("1-7-2026 08:50");
  }

  @Test
  void theOffsetAnInstantArrivesWithDoesNotMatter() {
    assertThat(DutchTime.dateTime(OffsetDateTime.parse("2026-07-01T02:50-04:00")))
        .isEqualTo("1-7-2026 08:50");
  }

  @Test
  void lateOnNewYearsEveInUtcIsAlreadyTheNextDayAndYear() {
    assertThat(DutchTime.dateTime(OffsetDateTime.parse("2026-12-31T23:30Z")))
        .isEqualTo("1-1-2027 00:30");
  }

  @Test
  void theSwitchToSummerTimeSkipsTwoOClock() {
    assertThat(DutchTime.dateTime(OffsetDateTime.parse("2026-03-29T00:59Z")))
        .isEqualTo("29-3-2026 01:59");
    assertThat(DutchTime.dateTime(OffsetDateTime.parse("2026-03-29T01:00Z")))
        .isEqualTo("29-3-2026 03:00");
  }

  @Test
  void aDateAloneIsWrittenWithTwoDigitDayAndMonth() {
    assertThat(DutchTime.date(LocalDate.of(2026, 3, 15))).isEqualTo("15-03-2026");
  }

  @Test
  void anUnknownTimeIsADash() {
    assertThat(DutchTime.dateTime(null)).isEqualTo("—");
    assertThat(DutchTime.date(null)).isEqualTo("—");
    assertThat(DutchTime.inText(null)).isEqualTo("—");
    assertThat(DutchTime.dayInText(null)).isEqualTo("—");
  }
}
