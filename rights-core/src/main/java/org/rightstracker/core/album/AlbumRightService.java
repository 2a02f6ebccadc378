package org.rightstracker.core.album;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Currency;
import org.rightstracker.core.album.engine.AlbumRightKind;
import org.rightstracker.core.album.engine.AlbumRightStatus;
import org.rightstracker.core.album.engine.MasterFeeModel;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.Share;
import org.rightstracker.core.shared.TextLimit;

/** Records where one album right stands and, for a master licence, its fee or royalty. */
@ApplicationScoped
public class AlbumRightService {

    public AlbumRight get(long id) {
        return AlbumRight.<AlbumRight>findByIdOptional(id).orElseThrow(() -> NotFoundException.of("Album right", id));
    }

    @Transactional
    public AlbumRight update(long id, long version, AlbumRightInput input) {
        AlbumRight right = get(id);
        right.requireVersion(version, right.kind.label() + " from " + right.holderName);
        Errors errors = new Errors();
        AlbumRightStatus status = input.status() == null ? right.status : input.status();
        if (!AlbumRightStatus.allowedFor(right.kind).contains(status)) {
            String allowed = String.join(
                    ", ",
                    AlbumRightStatus.allowedFor(right.kind).stream()
                            .map(AlbumRightStatus::label)
                            .toList());
            errors.add(
                    "status",
                    right.kind.label() + " cannot be " + status.label().toLowerCase(java.util.Locale.ROOT)
                            + "; choose one of: " + allowed + ".");
        }
        String notes = errors.optional(TextLimit.ALBUM_RIGHT_NOTES, input.notes());
        MasterFeeModel model = input.feeModel();
        Money fee = null;
        Share royalty = null;
        boolean feeGiven = input.fee() != null && !input.fee().isBlank();
        boolean royaltyGiven =
                input.royaltyPercent() != null && !input.royaltyPercent().isBlank();
        if (right.kind != AlbumRightKind.MASTER) {
            if (model != null || feeGiven || royaltyGiven) {
                errors.add(
                        "feeModel",
                        "Only a master licence has a fee or a royalty; a "
                                + right.kind.label().toLowerCase(java.util.Locale.ROOT) + " follows the album's rate.");
            }
        } else {
            boolean currencyGiven =
                    input.currency() != null && !input.currency().isBlank();
            // Read whenever typed, so a wrong currency is refused even without a fee beside it.
            Currency currency = currencyGiven ? errors.parse("currency", input.currency(), Money::currencyOf) : null;
            if (feeGiven) {
                if (!currencyGiven) {
                    errors.add("currency", "A fee needs its currency, e.g. USD or EUR.");
                } else if (currency != null) {
                    fee = errors.parse("fee", input.fee(), text -> Money.of(text, currency));
                }
            }
            if (royaltyGiven) {
                royalty = errors.parse("royaltyPercent", input.royaltyPercent(), Share::of);
            }
            if (model == MasterFeeModel.FLAT_FEE && royaltyGiven) {
                errors.add("royaltyPercent", "A flat fee has no royalty rate; choose Royalty rate or clear it.");
            }
            if (model == MasterFeeModel.ROYALTY && feeGiven) {
                errors.add("fee", "A royalty has no flat fee; choose Flat fee or clear it.");
            }
            if (model == null && (feeGiven || royaltyGiven)) {
                errors.add("feeModel", "Choose whether the master is paid a flat fee or a royalty.");
            }
        }
        errors.throwIfAny();

        right.status = status;
        right.notes = notes;
        right.feeModel = model;
        right.fee = fee == null ? null : fee.amount();
        right.feeCurrency = fee == null ? null : fee.currency().getCurrencyCode();
        right.royaltyPercent = royalty == null ? null : royalty.value();
        AlbumRight.flush();
        return right;
    }
}
