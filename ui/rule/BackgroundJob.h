#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace pd {

// Runs work() on a thread of its own and hands the result to done() on context's thread, if context
// still exists. Sources are synchronous (they must be, for the sync engine's worker); this keeps
// them off the UI thread. The returned thread deletes itself when finished.
template<typename Result>
QThread *runInBackground(
    QObject *context, std::function<Result()> work, std::function<void(const Result &)> done)
{
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([result, work = std::move(work)] { *result = work(); });
    QObject::connect(
        thread, &QThread::finished, context, [result, done = std::move(done)] { done(*result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

} // namespace pd
