package io.portalis.accel.cli;

import io.portalis.accel.rust.IntRepresentation;
import picocli.CommandLine;

/** Reads {@code --ints}: auto, big or fixed. */
final class IntsConverter implements CommandLine.ITypeConverter<IntRepresentation> {
    @Override
    public IntRepresentation convert(String value) {
        for (IntRepresentation r : IntRepresentation.values()) {
            if (r.option().equals(value)) {
                return r;
            }
        }
        throw new CommandLine.TypeConversionException("expected auto, big or fixed, found '" + value + "'");
    }
}
