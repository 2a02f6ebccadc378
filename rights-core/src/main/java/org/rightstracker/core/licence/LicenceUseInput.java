package org.rightstracker.core.licence;

import java.util.List;

/**
 * A licence's range and granted use as typed or sent: range CUE/EPISODE/SEASON/SERIES (blank = CUE), an
 * optional cap on the uses covered, usage codes (none = any), the longest use ("0:30", blank = any
 * length) and the scene it was quoted for.
 */
public record LicenceUseInput(String range, Integer rangeCap, List<String> usages, String maxDuration, String scene) {}
