/**
 * Renderers of a negotiation: the TimelineJS export and the offline HTML timeline page (vis.js from
 * {@code org.webjars:visjs}, read as a resource).
 */
module dev.parley.render {
    requires transitive dev.parley.timeline;
    requires dev.parley.model;
    requires transitive com.fasterxml.jackson.databind;   // TimelineJs.export returns a Jackson tree

    exports dev.parley.render;
}
