package org.govbuy.baseline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The one resource of the empty application: a small JSON answer. */
@Path("/greeting")
@Produces(MediaType.APPLICATION_JSON)
public class Greeting {

    public record Answer(String text) {
    }

    @GET
    public Answer greet() {
        return new Answer("hello");
    }
}
