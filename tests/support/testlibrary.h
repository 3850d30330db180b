#pragma once

#include "storage/library.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace Newsdesk::Test {

class PostgresServer;

// Creates a library (with the demo newsroom and generated articles when demo is set) and
// returns its location; fails the current test when that does not work. The library is a file
// in dir, or, when the environment has NEWSDESK_TEST_BACKEND=postgres, a new database named
// after name on a PostgreSQL server started for the test process: the storage, search and
// workflow suites run against both backends that way (see tests/CMakeLists.txt).
QString createLibrary(const QTemporaryDir &dir, const QString &name, bool demo, int articles = 20);
// Opens a library, failing the current test with the error's message when it cannot.
std::unique_ptr<Library> openLibrary(const QString &location);
// Whether createLibrary() makes PostgreSQL libraries in this run.
bool onPostgres();
// The test process's PostgreSQL server, started on first use; null (with the current test
// failed) when it cannot start.
PostgresServer *sharedPostgres();
// Writes bytes to path, creating its folders; false when that does not work.
bool writeFile(const QString &path, const QByteArray &bytes);
// SHA-256 of a file's bytes; empty when it cannot be read.
QByteArray fileHash(const QString &path);

} // namespace Newsdesk::Test
