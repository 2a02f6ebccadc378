package org.rightstracker.core.album;

import java.time.LocalDate;

/**
 * An album as typed in a form or sent to the API. The UPC/EAN and the dealer price arrive as text and are
 * read by the service, so each problem is reported against its field. No rate means the default rate.
 */
public record AlbumInput(
        String title,
        Long labelId,
        LocalDate releaseDate,
        String catalogueNumber,
        String gtin,
        String pLine,
        String cLine,
        Long mechanicalRateId,
        String dealerPrice,
        String dealerPriceCurrency) {}
