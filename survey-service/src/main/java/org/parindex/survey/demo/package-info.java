/**
 * Demo data for newcomers: on first start with an empty database, a campaign from the Hải Dương 2023 sample
 * plan with 510 synthetic respondents (Vietnamese names, addresses at example.invalid). Off with
 * {@code survey.demo.enabled=false}.
 */
package org.parindex.survey.demo;
