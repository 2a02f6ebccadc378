package org.rightstracker.core.album;

import org.rightstracker.core.album.engine.AlbumRightStatus;
import org.rightstracker.core.album.engine.MasterFeeModel;

/**
 * Where an album right stands and its terms, as typed. Amounts and percentages arrive as text so each
 * problem is reported against its field; the fee model and its terms apply to master licences only.
 */
public record AlbumRightInput(
        AlbumRightStatus status,
        MasterFeeModel feeModel,
        String fee,
        String currency,
        String royaltyPercent,
        String notes) {}
