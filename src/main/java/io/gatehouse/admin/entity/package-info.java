/** The documents of the admin API, field for field as the README's Endpoints table shows them. */
package io.gatehouse.admin.entity;
