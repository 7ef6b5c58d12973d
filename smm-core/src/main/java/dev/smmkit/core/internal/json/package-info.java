/** Jackson serializers, deserializers and mix-ins of smm-core. Not exported. */
@NullMarked
package dev.smmkit.core.internal.json;

import org.jspecify.annotations.NullMarked;
