package org.nordpark.bridge.catalog;

import org.nordpark.model.CatalogEntry;

/** Told about each new or changed catalog entry. */
public interface CatalogListener {

	void changed(CatalogEntry entry);

}
