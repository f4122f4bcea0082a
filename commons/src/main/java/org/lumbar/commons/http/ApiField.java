package org.lumbar.commons.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The request field a cross-field check ({@code @AssertTrue @JsonIgnore boolean isSomething()}) is reported on, by
 * its API name and relative to the object that holds the check. Without it a violation names that object: the
 * method's own name is no field of the API.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiField {

    String value();
}
