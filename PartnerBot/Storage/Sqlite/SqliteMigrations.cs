namespace PartnerBot.Storage.Sqlite;

/// <summary>The SQLite schema, one migration per step; append new steps, never edit applied ones.</summary>
internal static class SqliteMigrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "bot state", """
            CREATE TABLE bot_state (
                key TEXT NOT NULL PRIMARY KEY,
                etag TEXT NULL,
                document TEXT NOT NULL,
                updated_at TEXT NOT NULL)
            """),
        new(2, "partner profiles", """
            CREATE TABLE profiles (
                id TEXT NOT NULL PRIMARY KEY,
                user_id TEXT NOT NULL,
                channel_id TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                locale TEXT NOT NULL,
                status TEXT NOT NULL,
                follow_up TEXT NOT NULL,
                name TEXT NULL,
                wish TEXT NULL,
                vision TEXT NULL,
                timeframe_text TEXT NULL,
                timeframe_date TEXT NULL,
                timeframe_timex TEXT NULL,
                budget_text TEXT NULL,
                budget_amount TEXT NULL,
                budget_currency TEXT NULL,
                email TEXT NULL,
                phone TEXT NULL,
                consent_at TEXT NULL,
                consent_version TEXT NULL,
                conversation_reference TEXT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL);
            CREATE INDEX ix_profiles_user ON profiles (user_id);
            CREATE INDEX ix_profiles_updated ON profiles (updated_at DESC, id DESC);
            CREATE TABLE profile_entries (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
                slot TEXT NOT NULL,
                text TEXT NOT NULL,
                value TEXT NULL,
                at TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                channel_id TEXT NOT NULL,
                activity_id TEXT NULL);
            CREATE INDEX ix_profile_entries_profile ON profile_entries (profile_id, at, seq);
            CREATE UNIQUE INDEX ux_profile_entries_activity ON profile_entries (profile_id, activity_id, slot) WHERE activity_id IS NOT NULL
            """),
        new(3, "transcripts", """
            CREATE TABLE transcripts (
                channel_id TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (channel_id, conversation_id));
            CREATE INDEX ix_transcripts_created ON transcripts (channel_id, created_at, conversation_id);
            CREATE TABLE transcript_activities (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                channel_id TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                activity_id TEXT NULL,
                timestamp TEXT NOT NULL,
                document TEXT NOT NULL);
            CREATE INDEX ix_transcript_activities_conversation ON transcript_activities (channel_id, conversation_id, timestamp, seq)
            """),
        // A profile keeps its answers as one JSON object keyed by the questions' fields, so a new question needs no new column;
        // json_patch onto '{}' leaves out the fields an earlier profile did not have (a merge patch drops nulls).
        new(4, "profile answers by question", """
            ALTER TABLE profiles ADD COLUMN answers TEXT NULL;
            ALTER TABLE profiles ADD COLUMN search_text TEXT NULL;
            UPDATE profiles SET
                answers = json_patch('{}', json_object(
                    'name', name, 'wish', wish, 'vision', vision,
                    'timeframe', json(CASE WHEN timeframe_text IS NULL THEN NULL
                        ELSE json_object('text', timeframe_text, 'date', timeframe_date, 'timex', timeframe_timex) END),
                    'budget', json(CASE WHEN budget_text IS NULL THEN NULL
                        ELSE json_object('text', budget_text, 'amount', json(budget_amount), 'currency', budget_currency) END),
                    'email', email, 'phone', phone)),
                search_text = lower(concat_ws(char(10), name, wish, vision, timeframe_text, budget_text, email, phone)),
                status = CASE status WHEN 'declined' THEN 'cancelled' ELSE status END;
            ALTER TABLE profiles DROP COLUMN name;
            ALTER TABLE profiles DROP COLUMN wish;
            ALTER TABLE profiles DROP COLUMN vision;
            ALTER TABLE profiles DROP COLUMN timeframe_text;
            ALTER TABLE profiles DROP COLUMN timeframe_date;
            ALTER TABLE profiles DROP COLUMN timeframe_timex;
            ALTER TABLE profiles DROP COLUMN budget_text;
            ALTER TABLE profiles DROP COLUMN budget_amount;
            ALTER TABLE profiles DROP COLUMN budget_currency;
            ALTER TABLE profiles DROP COLUMN email;
            ALTER TABLE profiles DROP COLUMN phone
            """),
        // The website chat's conversations (times as Unix milliseconds); activities go with their conversation.
        new(5, "website conversations", """
            CREATE TABLE directline_conversations (
                id TEXT NOT NULL PRIMARY KEY,
                user_id TEXT NOT NULL,
                user_name TEXT NULL,
                locale TEXT NOT NULL,
                next_seq INTEGER NOT NULL,
                entries INTEGER NOT NULL,
                bytes INTEGER NOT NULL,
                erased INTEGER NOT NULL,
                last_timestamp INTEGER NOT NULL,
                last_touched INTEGER NOT NULL);
            CREATE INDEX ix_directline_conversations_user ON directline_conversations (user_id);
            CREATE INDEX ix_directline_conversations_touched ON directline_conversations (last_touched);
            CREATE TABLE directline_activities (
                conversation_id TEXT NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                activity_id TEXT NOT NULL,
                client_activity_id TEXT NULL,
                timestamp INTEGER NOT NULL,
                bytes INTEGER NOT NULL,
                document TEXT NOT NULL,
                PRIMARY KEY (conversation_id, seq));
            CREATE INDEX ix_directline_activities_client ON directline_activities (conversation_id, client_activity_id) WHERE client_activity_id IS NOT NULL;
            CREATE INDEX ix_directline_activities_id ON directline_activities (conversation_id, activity_id);
            CREATE TABLE directline_revocations (
                conversation_id TEXT NOT NULL PRIMARY KEY,
                revoked_at INTEGER NOT NULL)
            """),
        // What the customer asked of the business (a person, a call back, a question, a complaint): a JSON array, null for none.
        new(6, "profile requests", """
            ALTER TABLE profiles ADD COLUMN requests TEXT NULL
            """),
        // Staff who take over chats from the bot, the conversations waiting for or held by one of them, and who has the live
        // dashboard open (times as Unix milliseconds). A handoff's version makes every change a conditional UPDATE: one holder at a time.
        new(7, "live handoff", """
            CREATE TABLE staff (
                id TEXT NOT NULL PRIMARY KEY,
                user_name TEXT NOT NULL,
                user_key TEXT NOT NULL UNIQUE,
                display_name TEXT NOT NULL,
                first_name TEXT NOT NULL,
                email TEXT NULL,
                entra_object_id TEXT NULL,
                password_hash TEXT NULL,
                stamp TEXT NOT NULL,
                failures INTEGER NOT NULL,
                locked_until INTEGER NULL,
                created_at INTEGER NOT NULL);
            CREATE TABLE handoffs (
                id TEXT NOT NULL UNIQUE,
                channel_id TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                status TEXT NOT NULL,
                version INTEGER NOT NULL,
                holder_id TEXT NULL,
                holder_name TEXT NULL,
                customer_name TEXT NULL,
                locale TEXT NOT NULL,
                reference TEXT NOT NULL,
                requested_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                PRIMARY KEY (channel_id, conversation_id));
            CREATE INDEX ix_handoffs_status ON handoffs (status, requested_at);
            CREATE TABLE handoff_presence (
                viewer_id TEXT NOT NULL PRIMARY KEY,
                seen_until INTEGER NOT NULL)
            """),
    ];
}
