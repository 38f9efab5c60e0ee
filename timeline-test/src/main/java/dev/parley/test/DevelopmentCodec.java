package dev.parley.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parley.model.ParleyJson;
import dev.parley.timeline.Development;

/**
 * How the fixture serialises developments to check that they survive storage. The default is Parley's own JSON
 * codec, the one every store uses; replace it only to test the check itself.
 */
public interface DevelopmentCodec {

    /** Parley's JSON codec. */
    DevelopmentCodec JSON = new DevelopmentCodec() {
        @Override
        public String write(Development development) throws JsonProcessingException {
            return ParleyJson.codec().writer().writeValueAsString(development);
        }

        @Override
        public Development read(String json) throws JsonProcessingException {
            return ParleyJson.codec().reader().forType(Development.class).readValue(json);
        }
    };

    /**
     * @param development a development
     * @return its stored form
     * @throws JsonProcessingException when it cannot be written
     */
    String write(Development development) throws JsonProcessingException;

    /**
     * @param json a stored form
     * @return the development read back
     * @throws JsonProcessingException when it cannot be read
     */
    Development read(String json) throws JsonProcessingException;
}
