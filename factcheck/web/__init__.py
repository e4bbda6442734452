"""The editors' page of ``factcheck serve`` (index.html, app.js, app.css): package data, no external asset."""
