/**
 * Background jobs of a department (imports, bulk changes): one life cycle for all. The job's state lives in the
 * department's own table (so it survives a restart); {@link JobWorker} finds open jobs — new ones, and ones a stop or a
 * crash cut off — and runs them one by one on its own threads; {@link JobProgress} tells the console how far a running
 * job is; the {@link JobErrors} service keeps a job's rows in error as JSON and hands them out as a CSV file of the rejected rows;
 * {@link ImportJobs} is what every file import does alike (submit, read, cancel, recent jobs, rejected rows).
 */
@Export
@Version("1.2.0")
package io.mercato.platform.api.jobs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
