/**
 * The SMMKit domain model: immutable, validated value types with fluent builders.
 *
 * <p>Every type rejects bad input at the boundary with a {@link
 * dev.smmkit.core.ValidationException} that names the field, the rejected value and the rule.
 */
@NullMarked
package dev.smmkit.core;

import org.jspecify.annotations.NullMarked;
