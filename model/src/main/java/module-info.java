/**
 * The pure negotiation model: decide, evolve and evaluate at a cut, the JSON codec and the file reader. Users reach it
 * through {@code dev.parley.Parley}; its package is exported only to Parley's own modules.
 */
module dev.parley.model {
    requires transitive dev.parley.timeline;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;

    exports dev.parley.model to dev.parley.core, dev.parley.render, dev.parley.test, dev.parley.cli;

    // the codec's serializers and mix-ins are found and built by Jackson
    opens dev.parley.model to com.fasterxml.jackson.databind;
}
