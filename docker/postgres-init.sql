-- The services each create and migrate their own schema (Flyway) in this one database.
create role prestaflow login password 'prestaflow';
create database prestaflow owner prestaflow;
