/** Typed configuration (@ConfigMapping) of the guidance catalogue (指导性目录). */
package org.govbuy.catalog.config;
