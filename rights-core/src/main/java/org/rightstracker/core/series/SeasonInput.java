package org.rightstracker.core.series;

/** A season as typed or sent: its number in the series, an optional title and its own budget (text). */
public record SeasonInput(Integer number, String title, String budget) {}
