package org.lumbar.catalog.exercises;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A range whose {@code max} is not below its {@code min}; the error names the {@code max} field. */
@Documented
@Constraint(validatedBy = OrderedRange.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface OrderedRange {

    String message() default "must not be less than min";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OrderedRange, DefaultDose.Range> {

        @Override
        public boolean isValid(DefaultDose.Range range, ConstraintValidatorContext context) {
            if (range == null || range.min() == null || range.max() == null || range.min() <= range.max()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must not be less than min (" + range.min() + ")")
                    .addPropertyNode("max").addConstraintViolation();
            return false;
        }
    }
}
