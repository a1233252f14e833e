package org.kharita.extract;

/** Input the engine refuses, with a message fit to show a user as it is. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
