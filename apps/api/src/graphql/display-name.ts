import { applyDecorators } from '@nestjs/common';
import { IsString, Length } from 'class-validator';
import { NotBlank } from './not-blank';

/** The most characters a person's name (`displayName`) may have. */
export const DISPLAY_NAME_MAX_LENGTH = 120;

/**
 * The name a person is shown by (`displayName`): a text of 1 to 120 characters that shows
 * something (BLANK, TOO_LONG on the field), stored without the spaces around it. One definition
 * for every input that takes it: signing up, joining a team, taking a company over, renaming
 * oneself (updateMyProfile).
 */
export const DisplayName = () => applyDecorators(IsString(), Length(1, DISPLAY_NAME_MAX_LENGTH), NotBlank());
