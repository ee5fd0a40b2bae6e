namespace PartnerBot.Storage.Postgres;

/// <summary>The PostgreSQL schema, one migration per step; append new steps, never edit applied ones.</summary>
internal static class PostgresMigrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        // Keys are addressed by their SHA-256 so keys of any length and script fit a btree index.
        new(1, "bot state", """
            CREATE TABLE bot_state (
                key_hash bytea NOT NULL PRIMARY KEY,
                key text NOT NULL,
                etag text NULL,
                document text NOT NULL,
                updated_at timestamptz NOT NULL)
            """),
        new(2, "partner profiles", """
            CREATE TABLE profiles (
                id text NOT NULL PRIMARY KEY,
                user_id text NOT NULL,
                channel_id text NOT NULL,
                conversation_id text NOT NULL,
                locale text NOT NULL,
                status text NOT NULL,
                follow_up text NOT NULL,
                name text NULL,
                wish text NULL,
                vision text NULL,
                timeframe_text text NULL,
                timeframe_date date NULL,
                timeframe_timex text NULL,
                budget_text text NULL,
                budget_amount numeric NULL,
                budget_currency text NULL,
                email text NULL,
                phone text NULL,
                consent_at timestamptz NULL,
                consent_version text NULL,
                conversation_reference text NULL,
                created_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL);
            CREATE INDEX ix_profiles_user ON profiles (user_id);
            CREATE INDEX ix_profiles_updated ON profiles (updated_at DESC, id COLLATE "C" DESC);
            CREATE TABLE profile_entries (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                profile_id text NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
                slot text NOT NULL,
                text text NOT NULL,
                value text NULL,
                at timestamptz NOT NULL,
                conversation_id text NOT NULL,
                channel_id text NOT NULL,
                activity_id text NULL);
            CREATE INDEX ix_profile_entries_profile ON profile_entries (profile_id, at, seq);
            CREATE UNIQUE INDEX ux_profile_entries_activity ON profile_entries (profile_id, activity_id, slot) WHERE activity_id IS NOT NULL
            """),
        new(3, "transcripts", """
            CREATE TABLE transcripts (
                channel_id text NOT NULL,
                conversation_id text NOT NULL,
                created_at timestamptz NOT NULL,
                PRIMARY KEY (channel_id, conversation_id));
            CREATE INDEX ix_transcripts_created ON transcripts (channel_id, created_at, conversation_id COLLATE "C");
            CREATE TABLE transcript_activities (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                channel_id text NOT NULL,
                conversation_id text NOT NULL,
                activity_id text NULL,
                timestamp timestamptz NOT NULL,
                document text NOT NULL);
            CREATE INDEX ix_transcript_activities_conversation ON transcript_activities (channel_id, conversation_id, timestamp, seq)
            """),
        // A profile keeps its answers as one JSON object keyed by the questions' fields, so a new question needs no new column.
        new(4, "profile answers by question", """
            ALTER TABLE profiles ADD COLUMN answers text NULL, ADD COLUMN search_text text NULL;
            UPDATE profiles SET
                answers = jsonb_strip_nulls(jsonb_build_object(
                    'name', name, 'wish', wish, 'vision', vision,
                    'timeframe', CASE WHEN timeframe_text IS NULL THEN NULL
                        ELSE jsonb_build_object('text', timeframe_text, 'date', to_char(timeframe_date, 'YYYY-MM-DD'), 'timex', timeframe_timex) END,
                    'budget', CASE WHEN budget_text IS NULL THEN NULL
                        ELSE jsonb_build_object('text', budget_text, 'amount', budget_amount, 'currency', budget_currency) END,
                    'email', email, 'phone', phone))::text,
                search_text = lower(concat_ws(E'\n', name, wish, vision, timeframe_text, budget_text, email, phone)),
                status = CASE status WHEN 'declined' THEN 'cancelled' ELSE status END;
            ALTER TABLE profiles DROP COLUMN name, DROP COLUMN wish, DROP COLUMN vision, DROP COLUMN timeframe_text,
                DROP COLUMN timeframe_date, DROP COLUMN timeframe_timex, DROP COLUMN budget_text, DROP COLUMN budget_amount,
                DROP COLUMN budget_currency, DROP COLUMN email, DROP COLUMN phone
            """),
        // The website chat's conversations (times as Unix milliseconds); activities go with their conversation.
        new(5, "website conversations", """
            CREATE TABLE directline_conversations (
                id text NOT NULL PRIMARY KEY,
                user_id text NOT NULL,
                user_name text NULL,
                locale text NOT NULL,
                next_seq bigint NOT NULL,
                entries bigint NOT NULL,
                bytes bigint NOT NULL,
                erased bigint NOT NULL,
                last_timestamp bigint NOT NULL,
                last_touched bigint NOT NULL);
            CREATE INDEX ix_directline_conversations_user ON directline_conversations (user_id);
            CREATE INDEX ix_directline_conversations_touched ON directline_conversations (last_touched);
            CREATE TABLE directline_activities (
                conversation_id text NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
                seq bigint NOT NULL,
                activity_id text NOT NULL,
                client_activity_id text NULL,
                timestamp bigint NOT NULL,
                bytes bigint NOT NULL,
                document text NOT NULL,
                PRIMARY KEY (conversation_id, seq));
            CREATE INDEX ix_directline_activities_client ON directline_activities (conversation_id, client_activity_id) WHERE client_activity_id IS NOT NULL;
            CREATE INDEX ix_directline_activities_id ON directline_activities (conversation_id, activity_id);
            CREATE TABLE directline_revocations (
                conversation_id text NOT NULL PRIMARY KEY,
                revoked_at bigint NOT NULL)
            """),
        // What the customer asked of the business (a person, a call back, a question, a complaint): a JSON array, null for none.
        new(6, "profile requests", """
            ALTER TABLE profiles ADD COLUMN requests text NULL
            """),
        // Staff who take over chats from the bot, the conversations waiting for or held by one of them, and who has the live
        // dashboard open (times as Unix milliseconds). A handoff's version makes every change a conditional UPDATE: one holder at a time.
        new(7, "live handoff", """
            CREATE TABLE staff (
                id text NOT NULL PRIMARY KEY,
                user_name text NOT NULL,
                user_key text NOT NULL UNIQUE,
                display_name text NOT NULL,
                first_name text NOT NULL,
                email text NULL,
                entra_object_id text NULL,
                password_hash text NULL,
                stamp text NOT NULL,
                failures bigint NOT NULL,
                locked_until bigint NULL,
                created_at bigint NOT NULL);
            CREATE TABLE handoffs (
                id text NOT NULL UNIQUE,
                channel_id text NOT NULL,
                conversation_id text NOT NULL,
                status text NOT NULL,
                version bigint NOT NULL,
                holder_id text NULL,
                holder_name text NULL,
                customer_name text NULL,
                locale text NOT NULL,
                reference text NOT NULL,
                requested_at bigint NOT NULL,
                updated_at bigint NOT NULL,
                PRIMARY KEY (channel_id, conversation_id));
            CREATE INDEX ix_handoffs_status ON handoffs (status, requested_at);
            CREATE TABLE handoff_presence (
                viewer_id text NOT NULL PRIMARY KEY,
                seen_until bigint NOT NULL)
            """),
    ];
}
