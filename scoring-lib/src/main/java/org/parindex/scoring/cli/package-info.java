/**
 * The {@code parindex-scoring} command-line tool: {@code score}, {@code explain} and {@code validate} on framework
 * JSON and scores/answers/units CSV files. Not exported: its API is the command line (see
 * {@link org.parindex.scoring.cli.ScoringCli#run}).
 */
package org.parindex.scoring.cli;
