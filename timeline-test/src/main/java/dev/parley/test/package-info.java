/**
 * Test support for code built on Parley: {@link dev.parley.test.ParleyFixture} (given / when / then),
 * {@link dev.parley.test.ParleyAssertions} (AssertJ assertions on negotiation state and developments) and
 * {@link dev.parley.test.ParleyExtension} / {@link dev.parley.test.ParleyStoresTest} (JUnit 5).
 */
package dev.parley.test;
