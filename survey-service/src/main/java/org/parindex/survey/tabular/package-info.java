/**
 * Reading the spreadsheets secretariats work in: CSV (UTF-8, with or without BOM) and XLSX, into rows keyed by
 * canonical column names, with spreadsheet row numbers for per-row reports.
 */
package org.parindex.survey.tabular;
