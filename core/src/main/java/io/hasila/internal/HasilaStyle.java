package io.hasila.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Hasila value type; applied per package in {@code package-info.java}.
 *
 * <p>Source retention: the compiled jar keeps no reference to Immutables. The generated {@code
 * Immutable*} classes are package-private: the public API is the abstract value types, their
 * static factories and their nested {@code Builder}s.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    allowedClasspathAnnotations = {Override.class},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    clearBuilder = true,
    redactedMask = "")
public @interface HasilaStyle {}
