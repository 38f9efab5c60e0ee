/**
 * Test support for rules and analyses on Parley timelines: a given/when/then fixture, AssertJ assertions and a
 * JUnit 5 extension.
 */
module dev.parley.test {
    requires transitive dev.parley.core;
    requires transitive org.assertj.core;
    requires transitive org.junit.jupiter.api;
    requires dev.parley.model;
    requires com.fasterxml.jackson.databind;
    requires org.junit.platform.commons;

    exports dev.parley.test;
}
