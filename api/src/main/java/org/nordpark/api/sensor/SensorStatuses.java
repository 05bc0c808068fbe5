package org.nordpark.api.sensor;

import org.nordpark.model.CatalogEntry;

/** The status of every sensor as read from the database at one moment. */
@FunctionalInterface
interface SensorStatuses {

	/** The status of a catalog entry; without data a status with nothing known. */
	SensorStatus statusOf(CatalogEntry entry);

}
