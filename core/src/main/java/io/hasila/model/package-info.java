/**
 * The domain model: what a public institution did ({@link io.hasila.model.Activity} and its
 * subtypes), the audiences of its accounts ({@link io.hasila.model.AudienceSnapshot}), the themes,
 * units and counterparts those refer to, and the {@link io.hasila.model.Dataset} that holds them.
 *
 * <p>Every type here is an immutable value built with a builder or a static {@code of} factory;
 * construction validates the value and fails with a message naming the type, the field and the
 * offending value. Absent optional data is {@code Optional} or an empty collection, never null.
 */
@HasilaStyle
package io.hasila.model;

import io.hasila.internal.HasilaStyle;
