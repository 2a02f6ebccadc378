package org.rightstracker.core.importing.edl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.shared.FrameRate;

class ClipCuesTest {

    @Test
    void overlappingTracksAndAdjacentEventsOfOneClipMergeIntoOneCue() {
        List<ClipCue> cues = ClipCues.of(EdlParser.parse(EdlParserTest.fixture("cut-24fps.edl"), FrameRate.FPS_24));

        assertEquals(
                List.of("Lanterns on the Water.wav", "First Frost_GB-XYZ-24-00001.wav", "TEMP_Score_v3.wav"),
                cues.stream().map(ClipCue::clipName).toList());
        ClipCue lanterns = cues.get(0);
        assertEquals(List.of(7, 11, 14), lanterns.lines());
        assertEquals("01:00:00:00", lanterns.timecodeIn(FrameRate.FPS_24));
        assertEquals("01:00:45:00", lanterns.timecodeOut(FrameRate.FPS_24));
        assertEquals(45, lanterns.seconds(FrameRate.FPS_24));
        ClipCue temp = cues.get(2);
        assertEquals("01:03:00:00", temp.timecodeIn(FrameRate.FPS_24), "the dissolve's outgoing black is not music");
        assertEquals("01:03:40:00", temp.timecodeOut(FrameRate.FPS_24), "dissolve and wipe of one clip merge");
    }

    @Test
    void aGapBetweenTwoUsesOfOneClipMakesTwoCues() {
        String text = "001 AX A C 00:00:00:00 00:00:10:00 01:00:00:00 01:00:10:00\n* FROM CLIP NAME: Song.wav\n"
                + "002 AX A C 00:00:10:00 00:00:20:00 01:00:10:01 01:00:20:01\n* FROM CLIP NAME: SONG.WAV\n";
        List<ClipCue> cues = ClipCues.of(EdlParser.parse(text, FrameRate.FPS_24));

        assertEquals(2, cues.size(), "one frame of silence separates them");
        assertEquals("01:00:10:01", cues.get(1).timecodeIn(FrameRate.FPS_24));
    }

    @Test
    void dropFrameCuesAreFiledByTheirLabelsAndLastTheClockTime() {
        List<ClipCue> cues =
                ClipCues.of(EdlParser.parse(EdlParserTest.fixture("drop-frame-2997.edl"), FrameRate.FPS_29_97));

        assertEquals(2, cues.size());
        assertEquals("00:59:59:00", cues.get(0).timecodeIn(FrameRate.FPS_29_97));
        assertEquals("01:00:39:00", cues.get(0).timecodeOut(FrameRate.FPS_29_97));
        assertEquals(40, cues.get(0).seconds(FrameRate.FPS_29_97));
        assertEquals(10, cues.get(1).seconds(FrameRate.FPS_29_97));
    }

    @Test
    void aListAtAnotherRateIsCarriedToTheProductionsRate() {
        List<ClipCue> cues = ClipCues.of(EdlParser.parse(EdlParserTest.fixture("pal-25fps.edl"), FrameRate.FPS_25));

        assertEquals(1, cues.size(), "A and A3 adjacent events of one clip merge");
        assertEquals("10:00:00:00", cues.get(0).timecodeIn(FrameRate.FPS_24));
        assertEquals("10:00:20:00", cues.get(0).timecodeOut(FrameRate.FPS_24));
        assertEquals(20, cues.get(0).seconds(FrameRate.FPS_25));
    }

    @Test
    void clipNamesCompareWithoutCaseAccentsOrFileExtension() {
        assertEquals("lanterns on the water", ClipNames.key("Lanterns_on_the_Water.WAV"));
        assertEquals(ClipNames.key("Café Noir"), ClipNames.key("CAFE NOIR.aif"));
        assertEquals("First Frost", ClipNames.title("First Frost_GB-XYZ-24-00001.wav"));
        assertEquals(
                "GBXYZ2400001",
                ClipNames.isrc("First Frost_GB-XYZ-24-00001.wav").orElseThrow().value());
        assertTrue(ClipNames.isrc("Lanterns on the Water.wav").isEmpty());
    }
}
