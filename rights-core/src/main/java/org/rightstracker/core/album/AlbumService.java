package org.rightstracker.core.album;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.rightstracker.core.album.engine.AlbumEngine;
import org.rightstracker.core.album.engine.AlbumVerdict;
import org.rightstracker.core.identifier.Gtin;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.TextLimit;

/** A production's soundtrack albums: their details, their verdict and their label copy. */
@ApplicationScoped
public class AlbumService {

    @Inject
    ProductionService productionService;

    public Album get(long id) {
        return Album.<Album>findByIdOptional(id).orElseThrow(() -> NotFoundException.of("Album", id));
    }

    public List<Album> listFor(long productionId) {
        return Album.listFor(productionService.get(productionId));
    }

    @Transactional
    public Album create(long productionId, AlbumInput input) {
        Production production = productionService.get(productionId);
        Album album = new Album();
        album.production = production;
        apply(album, input);
        album.persist();
        Album.flush();
        return album;
    }

    @Transactional
    public Album update(long id, long version, AlbumInput input) {
        Album album = get(id);
        album.requireVersion(version, "Album " + album.title);
        apply(album, input);
        Album.flush();
        return album;
    }

    @Transactional
    public void delete(long id, long version) {
        Album album = get(id);
        album.requireVersion(version, "Album " + album.title);
        album.delete();
    }

    /** The album clearance verdict: per track what is cleared and what is missing, and the costs. */
    @Transactional
    public AlbumVerdict verdict(long albumId) {
        return AlbumEngine.evaluate(AlbumFactsLoader.facts(get(albumId)));
    }

    @Transactional
    public LabelCopy labelCopy(long albumId) {
        return LabelCopy.of(get(albumId));
    }

    /**
     * For the delivery schedule: does the production have an album, and is the label copy of each of its
     * albums complete (every track with writers, publishers, ISRC and duration, the album with its ℗ and
     * © lines)?
     */
    @Transactional
    public LabelCopyReadiness labelCopyReadiness(long productionId) {
        List<Album> albums = listFor(productionId);
        List<String> missing = new ArrayList<>();
        for (Album album : albums) {
            for (String line : LabelCopy.of(album).allMissing()) {
                missing.add(album.title + ": " + line);
            }
        }
        return new LabelCopyReadiness(!albums.isEmpty(), !albums.isEmpty() && missing.isEmpty(), missing);
    }

    private void apply(Album album, AlbumInput input) {
        Errors errors = new Errors();
        String title = errors.required(TextLimit.ALBUM_TITLE, input.title());
        String catalogueNumber = errors.optional(TextLimit.ALBUM_CATALOGUE_NUMBER, input.catalogueNumber());
        Gtin gtin = errors.parse(TextLimit.ALBUM_GTIN.field(), input.gtin(), Gtin::parse);
        String pLine = errors.optional(TextLimit.ALBUM_P_LINE, input.pLine());
        String cLine = errors.optional(TextLimit.ALBUM_C_LINE, input.cLine());
        Party label = null;
        if (input.labelId() != null) {
            label = Party.findById(input.labelId());
            if (label == null) {
                errors.add("labelId", "Party " + input.labelId() + " does not exist.");
            }
        }
        MechanicalRate rate;
        if (input.mechanicalRateId() != null) {
            rate = MechanicalRate.findById(input.mechanicalRateId());
            if (rate == null) {
                errors.add("mechanicalRateId", "Mechanical rate " + input.mechanicalRateId() + " does not exist.");
            }
        } else {
            rate = album.mechanicalRate != null
                    ? album.mechanicalRate
                    : MechanicalRate.findDefault().orElse(null);
        }
        boolean priceGiven = input.dealerPrice() != null && !input.dealerPrice().isBlank();
        boolean currencyGiven = input.dealerPriceCurrency() != null
                && !input.dealerPriceCurrency().isBlank();
        Currency currency = currencyGiven
                ? errors.parse("dealerPriceCurrency", input.dealerPriceCurrency(), Money::currencyOf)
                : null;
        Money dealerPrice = null;
        if (priceGiven && !currencyGiven) {
            errors.add("dealerPriceCurrency", "A dealer price needs its currency, e.g. USD or EUR.");
        }
        if (priceGiven) {
            // Read even when the currency is missing or unknown, so a wrong amount is reported too.
            Currency readAs = currency == null ? Currency.getInstance("USD") : currency;
            Money read = errors.parse("dealerPrice", input.dealerPrice(), text -> Money.of(text, readAs));
            dealerPrice = currency == null ? null : read;
        }
        errors.throwIfAny();

        album.title = title;
        album.label = label;
        album.releaseDate = input.releaseDate();
        album.catalogueNumber = catalogueNumber;
        album.gtin = gtin == null ? null : gtin.value();
        album.phonogramLine = pLine;
        album.copyrightLine = cLine;
        album.mechanicalRate = rate;
        album.dealerPrice = dealerPrice == null ? null : dealerPrice.amount();
        album.dealerPriceCurrency = dealerPrice == null ? null : currency.getCurrencyCode();
    }
}
