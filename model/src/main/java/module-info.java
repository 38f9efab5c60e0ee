/**
 * The pure negotiation model: decide, evolve and evaluate at a cut, the JSON codec and the file reader. What users
 * call of it ({@code TimelineFiles}, {@code Timeline}, {@code TimelineReader}, {@code ParleyJson}) shares its one
 * package with the decider, so the package is exported whole.
 */
module dev.parley.model {
    requires transitive dev.parley.timeline;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;

    exports dev.parley.model;

    // open, not only exported: users read the JSON schema (TimelineFiles.SCHEMA_RESOURCE) from the class loader,
    // and Jackson builds the codec's serializers and mix-ins
    opens dev.parley.model;
}
