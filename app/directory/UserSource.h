#pragma once

#include "SourceRecord.h"

#include <QList>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace pd {

// Lets another thread stop a read. Copies share one flag.
class CancelToken
{
public:
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag = std::make_shared<std::atomic_bool>(false);
};

struct ReadProgress
{
    qint64 records = 0; // records delivered so far
    qint64 done = 0; // work done in the source's own unit (bytes for CSV, entries for LDAP)
    qint64 total = -1; // -1 when the source cannot know
};

struct ReadOptions
{
    CancelToken cancel;
    // Called on the reading thread, at most every few hundred records.
    std::function<void(const ReadProgress &)> progress;
    qint64 maxRecords = -1; // stop after this many delivered records (a sample); -1 = all
};

struct SourceReadResult
{
    enum class Status { Completed, Stopped, Cancelled, Failed };
    Status status = Status::Completed;
    SourceError error; // set when Failed
    qint64 records = 0; // delivered to the handler
    QList<SourceProblem> problems; // skipped records and remarks, in source order
    QStringList attributeNames; // what the source offers (CSV header, LDAP attributes seen)
    bool ok() const { return status == Status::Completed || status == Status::Stopped; }
};

// Where people come from. Synchronous by design: the sync engine and the editor's "Test source"
// run it on a worker thread and stop it through ReadOptions::cancel. A source object serves one
// read at a time and is not shared between threads.
class UserSource
{
public:
    // Returns false to stop the read early (Status::Stopped).
    using RecordHandler = std::function<bool(SourceRecord &&)>;

    virtual ~UserSource();

    // Streams every usable record to onRecord. Records without a key, and every record after the
    // first with an already seen key, are skipped and reported as problems.
    SourceReadResult read(const RecordHandler &onRecord, const ReadOptions &options = {});

    // For the admin: "users.csv", "ldaps://dc1.example.com (ou=Staff,dc=example,dc=com)".
    virtual QString displayName() const = 0;

protected:
    // Implementations deliver every record they can build; the base class checks keys and limits.
    virtual SourceReadResult readRecords(const RecordHandler &onRecord, const ReadOptions &options) = 0;
};

} // namespace pd
