package io.github.netstatx.cli.options;

/** Whether and how an option takes a value. */
public enum ValueArity {
    /** A switch: {@code --json}. */
    NONE,
    /** {@code --name VALUE} or {@code --name=VALUE}. */
    REQUIRED,
    /** Only attached with {@code =}: {@code --facts} or {@code --facts=ansible}. */
    OPTIONAL_ATTACHED,
    /** Every word after the option: {@code --translate -ano}. */
    REST
}
