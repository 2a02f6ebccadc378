package org.rightstracker.core.importing.edl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.shared.FrameRate;
import org.rightstracker.core.shared.InvalidValueException;

class EdlParserTest {

    static String fixture(String name) {
        try (InputStream in = EdlParserTest.class.getResourceAsStream("/edl/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsTitleEventsTracksTransitionsAndClipNames() {
        EdlDocument edl = EdlParser.parse(fixture("cut-24fps.edl"), FrameRate.FPS_24);

        assertEquals("HARBOUR LIGHTS 101 LOCKED CUT 1", edl.title());
        assertEquals(List.of(), edl.problems());
        assertEquals(9, edl.events().size());
        EdlEvent lanterns = edl.events().get(1);
        assertEquals("002", lanterns.number());
        assertEquals("AX", lanterns.reel());
        assertEquals("A", lanterns.track());
        assertEquals("C", lanterns.transition());
        assertEquals("Lanterns on the Water.wav", lanterns.clipName());
        assertEquals(24L * 3600, lanterns.recordIn());
        assertEquals(24L * 3630, lanterns.recordOut());
        assertEquals(24L * 30, lanterns.sourceOut());
        EdlEvent dissolveFrom = edl.events().get(6);
        EdlEvent dissolveTo = edl.events().get(7);
        assertEquals("BLACK", dissolveFrom.clipName());
        assertEquals("D", dissolveTo.transition());
        assertEquals(24, dissolveTo.transitionFrames());
        assertEquals("TEMP_Score_v3.wav", dissolveTo.clipName());
        EdlEvent wipe = edl.events().get(8);
        assertEquals("W001", wipe.transition());
        assertEquals(12, wipe.transitionFrames());
        assertEquals("B", wipe.track());
    }

    @Test
    void onlyAudioTracksCarrySound() {
        EdlDocument edl = EdlParser.parse(fixture("cut-24fps.edl"), FrameRate.FPS_24);

        assertFalse(edl.events().get(0).isAudio(), "V");
        assertTrue(edl.events().get(2).isAudio(), "A2");
        assertTrue(edl.events().get(5).isAudio(), "AA/V");
        assertTrue(edl.events().get(8).isAudio(), "B");
    }

    @Test
    void dropFrameLabelsSkipTwoFramesEachMinuteExceptTheTenth() {
        EdlTimecodes df = EdlTimecodes.of(FrameRate.FPS_29_97, true);

        assertEquals(1799, df.frames("00:00:59;29"));
        assertEquals(1800, df.frames("00:01:00;02"));
        assertEquals("00:01:00;02", df.label(1800));
        assertEquals(17982, df.frames("00:10:00;00"));
        assertEquals("00:10:00;00", df.label(17982));
        assertEquals(107892, df.frames("01:00:00;00"));
        assertEquals("01:00:00;00", df.label(107892));
        for (long f = 0; f < 40_000; f += 7) {
            assertEquals(f, df.frames(df.label(f)), "round trip of frame " + f);
        }
        assertThrows(InvalidValueException.class, () -> df.frames("00:01:00;00"));
    }

    @Test
    void dropFrameIsOnlyForNtscRatesAndFcmCanSwitchMidFile() {
        EdlDocument edl = EdlParser.parse(fixture("drop-frame-2997.edl"), FrameRate.FPS_29_97);

        assertEquals(List.of(), edl.problems());
        assertTrue(edl.events().get(0).dropFrame());
        assertEquals(
                EdlTimecodes.of(FrameRate.FPS_29_97, true).frames("00:59:59;00"),
                edl.events().get(0).recordIn());
        assertFalse(edl.events().get(2).dropFrame(), "FCM: NON-DROP FRAME switches back mid-file");
        assertEquals((3600L + 600) * 30, edl.events().get(2).recordIn());

        EdlDocument at25 = EdlParser.parse(
                "FCM: DROP FRAME\n001 AX A C 00:00:00:00 00:00:01:00 01:00:00:00 01:00:01:00\n", FrameRate.FPS_25);
        assertEquals(1, at25.problems().size());
        assertFalse(at25.problems().get(0).error());
        assertTrue(at25.problems().get(0).message().contains("Drop frame exists only at 29.97"));
        assertFalse(at25.events().get(0).dropFrame());
    }

    @Test
    void everyFrameRateCountsItsOwnFrames() {
        for (FrameRate rate : List.of(
                FrameRate.FPS_23_976, FrameRate.FPS_24, FrameRate.FPS_25, FrameRate.FPS_29_97, FrameRate.FPS_30)) {
            int last = rate.nominalFrames() - 1;
            String text = "001 AX A C 00:00:00:00 00:00:01:00 01:00:00:00 01:00:00:" + last + "\n";
            EdlDocument edl = EdlParser.parse(text, rate);
            assertEquals(List.of(), edl.problems(), rate.toString());
            assertEquals(
                    3600L * rate.nominalFrames() + last, edl.events().get(0).recordOut(), rate.toString());
        }
        EdlDocument tooFar =
                EdlParser.parse("001 AX A C 00:00:00:00 00:00:01:00 01:00:00:00 01:00:00:24\n", FrameRate.FPS_24);
        assertTrue(
                tooFar.problems().get(0).message().contains("frames run 00 to 23"),
                tooFar.problems().toString());
    }

    @Test
    void problemsAreReportedByLineAndNeverThrown() {
        EdlDocument edl = EdlParser.parse(fixture("problems.edl"), FrameRate.FPS_24);

        List<Integer> errorLines = edl.problems().stream()
                .filter(EdlProblem::error)
                .map(EdlProblem::line)
                .toList();
        assertEquals(List.of(1, 3, 4, 5, 7, 8, 9), errorLines, edl.problems().toString());
        assertTrue(message(edl, 3).contains("Record out 01:00:00:00 is before record in 01:00:10:00"));
        assertTrue(message(edl, 4).contains("Bad timecode"));
        assertTrue(message(edl, 5).contains("four timecodes"));
        assertTrue(message(edl, 6).contains("Unknown record 'HELLO WORLD'"));
        assertFalse(edl.problems().stream()
                .filter(p -> p.line() == 6)
                .findFirst()
                .orElseThrow()
                .error());
        assertTrue(message(edl, 7).contains("Unknown transition 'X'"));
        assertTrue(message(edl, 8).contains("frame 30"));
        assertTrue(message(edl, 9).contains("FCM 'SOMETIMES'"));
        assertTrue(edl.events().isEmpty());
        assertTrue(message(edl, 1).contains("no event lines"));
        assertTrue(edl.hasErrors());
    }

    @Test
    void anythingAtAllIsAProblemNotAnException() {
        assertTrue(EdlParser.parse("", FrameRate.FPS_24).hasErrors());
        assertTrue(EdlParser.parse(null, FrameRate.FPS_24).hasErrors());
        assertTrue(EdlParser.parse("x".repeat(100_000), FrameRate.FPS_24).hasErrors());
        assertTrue(EdlParser.parse("001\n002 A\n\u0000\n", FrameRate.FPS_24).hasErrors());
    }

    @Test
    void speedLinesBlankLinesAndOtherCommentsAreTolerated() {
        String text = "TITLE: T\n\n001  AX  A  C  00:00:00:00 00:00:10:00 01:00:00:00 01:00:05:00\n"
                + "M2   AX       048.0                00:00:00:00\n* SOURCE FILE: x.wav\n* anything else\n";
        EdlDocument edl = EdlParser.parse(text, FrameRate.FPS_24);

        assertEquals(List.of(), edl.problems());
        assertEquals(1, edl.events().size());
        assertNull(edl.events().get(0).clipName());
        assertEquals("AX", edl.events().get(0).clip());
    }

    @Test
    void aUsageCodeComesFromTheClipNameTagOrAUsageComment() {
        EdlDocument edl = EdlParser.parse(fixture("recut-24fps.edl"), FrameRate.FPS_24);

        EdlEvent keeper = edl.events().get(2);
        assertEquals("The Keeper's Stair", keeper.clipName());
        assertEquals("VV", keeper.usageCode());
        assertNull(edl.events().get(1).usageCode());
    }

    private static String message(EdlDocument edl, int line) {
        return edl.problems().stream()
                .filter(p -> p.line() == line)
                .findFirst()
                .orElseThrow()
                .message();
    }
}
