package org.rightstracker.web.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleWordsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0 0 6 * * ?        | every day at 06:00",
                "0 5 0 * * ?        | every day at 00:05",
                "0 30 7 ? * MON-FRI | every Monday to Friday at 07:30",
                "0 0 18 ? * MON,THU | every Monday and Thursday at 18:00",
                "30 0 6 * * ?       | every day at 06:00:30",
                "off                | never (switched off)",
            })
    void aDailyOrWeeklyScheduleIsPutInWords(String cron, String words) {
        assertThat(ScheduleWords.describe(cron)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"0 0/15 * * * ?", "0 0 6 1 * ?", "0 0 6 * * ? 2027"})
    void anyOtherScheduleIsShownAsTheCronExpressionItIs(String cron) {
        assertThat(ScheduleWords.describe(cron)).contains("\"" + cron + "\"").contains("cron expression");
    }
}
