"""What marks a project file as FactDesk's, and which format this FactDesk writes.

Kept apart from :mod:`factdesk.store.schema` so that opening a project need not import the
migration machinery (sqlite-utils pulls in pandas, which costs a quarter of a second).
"""

#: ``PRAGMA application_id``: "FDSK" marks an SQLite file as a FactDesk project.
APPLICATION_ID = 0x4644534B

#: ``PRAGMA user_version``: how many migrations this FactDesk knows. A file with more was made
#: by a newer FactDesk and is refused; a file with fewer is upgraded after a backup.
SCHEMA_VERSION = 4
