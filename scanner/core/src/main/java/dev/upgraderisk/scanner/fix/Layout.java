package dev.upgraderisk.scanner.fix;

/** A file's own line separator and indentation step, so that inserted lines look like their neighbours. */
record Layout(String newline, String unit) {
    /** Marks one step of indentation in a block before it is rendered in the file's own step. */
    static final String UNIT = "\u0001";

    static Layout of(String text) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String unit = "  ";
        for (String line : text.split("\n")) {
            String lead = line.substring(0, line.length() - line.stripLeading().length());
            if (line.stripLeading().startsWith("<") && !lead.isEmpty()) {
                unit = lead.startsWith("\t") ? "\t" : lead;
                break;
            }
        }
        return new Layout(newline, unit);
    }

    /** The block at {@code indent}: its first line as is (the caller places it), the others indented. */
    String render(String block, String indent) {
        return block.replace("\n", newline + indent).replace(UNIT, unit);
    }
}
