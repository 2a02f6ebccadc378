package org.rightstracker.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a resource method (or every method of a resource class) needs, checked by {@link
 * RequiresFilter} before the method runs. Checks that need the production first (team, then
 * permission) call {@link ProductionAccess} instead.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Requires {
    Permission value();
}
