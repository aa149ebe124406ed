package org.parindex.survey.platform;

import java.text.Normalizer;

/**
 * The one way a person's text is taken in: NFC (Vietnamese typed on different keyboards arrives composed or
 * decomposed), a no-break space read as a space (spreadsheets and web forms paste them), stripped; blank is none.
 */
public final class Texts {

    private Texts() {
    }

    /** {@code s} in NFC with no-break spaces as spaces, stripped; null when null or blank. */
    public static String nfcOrNull(String s) {
        if (s == null) {
            return null;
        }
        String v = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00A0', ' ').strip();
        return v.isEmpty() ? null : v;
    }
}
