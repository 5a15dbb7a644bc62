import Fluent

/// Every migration, in the order it runs; append new ones, never edit a shipped one.
enum HavenMigrations {
    static let all: [any Migration] = [
        CreateCouple(),
        CreateUser(),
        CreateUserToken(),
        CreateCoupleInvite(),
        CreateCheckIn(),
        CreatePause(),
        CreateJournalEntry(),
        CreateAppreciation(),
        CreateTherapistLink(),
        CreateLoginFailure(),
        CreateChatAnalysis(),
        AddLookupIndexes(),
        AddTimeZoneToUser(),
    ]
}
