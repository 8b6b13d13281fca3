package io.github.netstatx.backend.linux.views;

/** Counter values as the SNMP files print them: decimal, unsigned, except a few signed ones ({@code -1}). */
final class StatisticsValues {

    private StatisticsValues() {
    }

    /** The value as 64 bits, or null when the text is not a decimal number. */
    static Long parse(String text) {
        try {
            return text.startsWith("-") ? Long.parseLong(text) : Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
