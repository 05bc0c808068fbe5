package org.nordpark.api.system.formats;

/** Media types the API produces besides JSON. */
public final class ApiMediaTypes {

	/** GeoJSON (RFC 7946). */
	public static final String GEO_JSON = "application/geo+json";

	/** CSV (RFC 4180). */
	public static final String TEXT_CSV = "text/csv";

	/** JSON. */
	public static final String JSON = "application/json";

	private ApiMediaTypes() {
	}

}
